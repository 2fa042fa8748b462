"""Readers turn files (or URLs) into cleaned documents or list rows."""
