"""The parsing pipeline's stages, one module each, run in order by :mod:`newsclaims.parser`."""
