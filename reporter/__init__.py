"""reporter: situation briefs from news articles, as PDF, on a schedule."""

__version__ = "0.1.0"
