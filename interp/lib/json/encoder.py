"""json.encoder: re-exports the encoder half of the json package."""
from json import JSONEncoder

__all__ = ['JSONEncoder']
