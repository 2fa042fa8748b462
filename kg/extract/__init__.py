"""Extractors: list rows and notes, and article text, to triples with evidence."""
