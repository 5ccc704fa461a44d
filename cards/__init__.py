"""trustbench.cards"""
