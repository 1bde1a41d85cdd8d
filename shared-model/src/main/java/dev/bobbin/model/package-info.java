package dev.bobbin.model;
