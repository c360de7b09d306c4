from . import affairs_designated_supplier
