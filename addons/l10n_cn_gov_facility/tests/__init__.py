from . import test_facility_posting
