"""stancekit: who said what, and for or against whom, in English news."""

from .pipeline import Kit, load
from .types import Claim, Document, Quote, Speaker, Stance, TextSpan

__version__ = "0.1.0"
__all__ = ["Claim", "Document", "Kit", "Quote", "Speaker", "Stance", "TextSpan", "load", "__version__"]
