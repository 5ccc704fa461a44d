"""trustbench.builders: recipes, the streaming pipeline, runners, provenance and the CLI."""
