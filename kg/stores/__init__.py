"""Stores and exporters of the neutral graph."""
