"""trustbench.synth"""
