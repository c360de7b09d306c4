from . import affairs_designated_supplier
from . import affairs_designated_vendor
