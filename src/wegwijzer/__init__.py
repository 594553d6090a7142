"""Wegwijzer inclusief werk: compile a YAML catalogue into Markdown pages for MkDocs."""
