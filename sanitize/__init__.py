"""trustbench.sanitize"""
