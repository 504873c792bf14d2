"""``newstrace serve``: the REST API and web page (the ``[serve]`` extra: FastAPI, uvicorn).

``app.create_app(settings)`` builds the FastAPI app; ``api.py`` holds the routes,
``service.py`` what each does, ``workers.py`` the processes that compare and trace,
``pages.py`` and ``static/`` the web page, ``graph.py`` the provenance graph picture.
Internal: use it through the ``newstrace serve`` command.
"""
