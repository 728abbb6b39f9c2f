"""Who said what: quotes, their cues and speakers (stage ``attribution``).

:mod:`.quotes_en` and :mod:`.quotes_ru` find quotes with the words that name their sources;
:mod:`.speakers` (with :mod:`.coref` and :mod:`.names`) decides who those words refer to;
:mod:`.stage` registers the pipeline stage.  Heavy models load on first use (:mod:`.backends`).
"""
