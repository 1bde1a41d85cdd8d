-- Design.colourAnalysis, synced: the last colour analysis of the design's image as JSON (always
-- read whole). Null when the design was never analysed.
ALTER TABLE design ADD COLUMN colour_analysis VARCHAR(20000);
