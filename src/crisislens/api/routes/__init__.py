"""The API's routes, one module per concern; ``api/app.py`` builds the app and adds them."""
