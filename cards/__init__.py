"""trustbench.cards: dataset cards and datasheets rendered from a build's provenance."""

from trustbench.cards.card import render_card

__all__ = ["render_card"]
