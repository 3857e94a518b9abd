"""tally: an event-sourced streaming processor for crisis reporting."""

__version__ = "0.1.0"
