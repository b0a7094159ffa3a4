"""pytest runs the examples on these pages; these paths are not tests."""

# conf.py imports Sphinx, which the test extras do not install; _build holds output;
# tests/test_recipes.py runs the recipes, with their inputs.
collect_ignore = ["conf.py", "_build", "recipes"]
