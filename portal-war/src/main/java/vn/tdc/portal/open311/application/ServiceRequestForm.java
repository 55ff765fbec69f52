package vn.tdc.portal.open311.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parameters of POST {@code requests} as the client sent them, not yet validated. {@code placeName} is the
 * portal's extension {@code place_name} (the market, stall or shop); {@code attributes} come from
 * {@code attribute[code]=value}; {@code mediaUrl} is the client's link to its own photo (FixMyStreet sends one
 * {@code media_url} per photo: the first counts), kept as a link for officers and never fetched; {@code addressId}
 * is read only to say that it is not supported. {@code jurisdictionId} is the code of the ward the report is for
 * ({@code jurisdiction_id}); {@code device_id} (FixMyStreet: {@code deviceid}) and {@code account_id} are not used:
 * the portal keeps no accounts for residents.
 */
public record ServiceRequestForm(String apiKey, String serviceCode, String latitude, String longitude,
                                 String addressString, String addressId, String placeName, String description,
                                 String mediaUrl, Map<String, String> attributes, String email, String firstName,
                                 String lastName, String phone, String idempotencyKey, String jurisdictionId) {

    private static final Pattern ATTRIBUTE = Pattern.compile("attribute\\[([^\\[\\]]{1,100})](\\[])?");

    public ServiceRequestForm {
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    /** Reads the form parameters; of a repeated parameter the first value counts. */
    public static ServiceRequestForm of(Map<String, List<String>> parameters) {
        Map<String, String> attributes = new LinkedHashMap<>();
        parameters.forEach((name, values) -> {
            Matcher attribute = ATTRIBUTE.matcher(name);
            if (attribute.matches() && !values.isEmpty()) {
                attributes.putIfAbsent(attribute.group(1), values.get(0));
            }
        });
        return new ServiceRequestForm(first(parameters, "api_key"), first(parameters, "service_code"),
                first(parameters, "lat"), first(parameters, "long"), first(parameters, "address_string"),
                first(parameters, "address_id"), first(parameters, "place_name"), first(parameters, "description"),
                first(parameters, "media_url"), attributes, first(parameters, "email"), first(parameters, "first_name"),
                first(parameters, "last_name"), first(parameters, "phone"), first(parameters, "idempotency_key"),
                first(parameters, "jurisdiction_id"));
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** No name, phone or email: the report is anonymous. */
    public boolean anonymous() {
        return isBlank(email) && isBlank(firstName) && isBlank(lastName) && isBlank(phone);
    }

    /** The full name in Vietnamese order: family name ({@code last_name}) first. */
    public String contactName() {
        String family = isBlank(lastName) ? "" : lastName.strip();
        String given = isBlank(firstName) ? "" : firstName.strip();
        return (family + " " + given).strip();
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
