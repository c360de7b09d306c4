/** @odoo-module **/
import { registry } from "@web/core/registry";

registry.category("web_tour.tours").add("affairs_property_allocate_room", {
    // Started on the free room's form (the test passes its URL).
    steps: () => [
        { trigger: ".o_form_view .o_field_widget[name=usage] select, .o_form_view .o_field_widget[name=agency_id] input" },
        { trigger: ".o_field_widget[name=agency_id] input", run: "edit TourAgency" },
        { trigger: ".o-autocomplete--dropdown-item:contains(TourAgency)", run: "click" },
        { trigger: ".o_form_button_save", run: "click" },
        { trigger: ".o_form_saved" },
        { trigger: ".o_field_widget[name=over_area]:contains(18.50)" },
        { trigger: ".o_field_widget[name=agency_office_area]:contains(18.50)" },
        { trigger: ".o_field_widget[name=agency_over_area]:contains(18.50)" },
        { trigger: "button[name=action_view_agency_compliance]", run: "click" },
        { trigger: ".o_list_view .o_data_row:contains(TourAgency) .o_data_cell:contains(18.50)" },
    ],
});
