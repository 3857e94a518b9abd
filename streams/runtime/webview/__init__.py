"""The analysts' web view: incidents, their figures over time and the sentence behind every
number, rendered on the worker's web server and updated live (see README, "Web view")."""

from streams.runtime.webview.routes import register_webview

__all__ = ["register_webview"]
