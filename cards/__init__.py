"""trustbench.cards: dataset cards, datasheets, Croissant and figures rendered from provenance.

>>> from trustbench.cards import write_documents
>>> write_documents(json.load(open("out/demo/provenance.json")), Path("out/demo"))
['README.md', 'croissant.json', 'figures/accounting.png', ...]
"""

from trustbench.cards.card import render_card
from trustbench.cards.croissant import croissant
from trustbench.cards.documents import write_documents
from trustbench.cards.meta import CardInfo

__all__ = ["CardInfo", "croissant", "render_card", "write_documents"]
