-- Design.colourAnalysis: the last colour analysis of the design's image (shares, nearest stocked
-- items, material split) as the JSON the devices and POST /ai/design-analysis write. Synced like
-- every other design field; null when the design was never analysed.
alter table design add column colour_analysis text;
