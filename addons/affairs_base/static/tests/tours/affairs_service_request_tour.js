import { registry } from "@web/core/registry";

registry.category("web_tour.tours").add("affairs_service_request_tour", {
    steps: () => [
        { trigger: ".o_control_panel .o_list_button_add", run: "click" },
        { trigger: ".o_field_widget[name=title] input", run: "edit Tour: broken lamp" },
        { trigger: ".o_field_widget[name=category_id] input", run: "edit Tour Repair" },
        { trigger: ".dropdown-item:contains(Tour Repair)", run: "click" },
        { trigger: ".o_field_widget[name=location] input", run: "edit Room 101" },
        { trigger: ".o_form_button_save", run: "click" },
        { trigger: ".o_form_saved" },
        { trigger: "button[name=action_submit]", run: "click" },
        { trigger: ".o_statusbar_status .o_arrow_button_current:contains(To Accept)" },
    ],
});
