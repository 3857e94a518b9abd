"""Kafka plumbing: the local broker launcher and topic administration."""
