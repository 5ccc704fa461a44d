"""Built-in pipeline steps, one module per family. Every module here is imported by
:func:`trustbench.builders.step.load_builtin_steps`; heavy libraries (torch, models) are imported
inside ``setup``, never at module level."""
