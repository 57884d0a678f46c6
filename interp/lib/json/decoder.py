"""json.decoder: re-exports the decoder half of the json package."""
from json import JSONDecoder, JSONDecodeError

__all__ = ['JSONDecoder', 'JSONDecodeError']
