from . import test_economic_classification
