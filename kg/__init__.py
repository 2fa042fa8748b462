"""kg: a knowledge graph of Chinese military-linked and surveillance companies."""
__version__ = "0.1.0"
