"""Custom NLU components that run inside the Rasa engine (its own environment).

Nothing here imports the rest of the project (``bot → nothing of ours``): the Rasa process
pins old libraries (SQLAlchemy 1.4, aiohttp 3.9), so it only reads plain data files of ours
(the gazetteer CSV) and never our packages.
"""
