"""``contact-importer demo --screenshots DIR``: the real window driven through every step, photographed.

The top room: it may import everything in ``gui``; nothing imports it but the shell's entry point
(lazily, for the ``demo`` command).
"""
