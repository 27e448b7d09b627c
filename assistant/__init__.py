"""Answer questions over the ingested documents with exact citations."""

from assistant.assistant import Assistant, NoIndexError, QuestionError
from assistant.records import Answer, Citation, Hit

__all__ = ["Answer", "Assistant", "Citation", "Hit", "NoIndexError", "QuestionError"]
