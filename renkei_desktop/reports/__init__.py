"""Printed documents: meeting summaries and agreement drafts (structure, PDF, docx)."""
