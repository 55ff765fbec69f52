package vn.tdc.portal.platform.web;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Reads the portal's one Vietnamese resource bundle ({@code vn.tdc.portal.i18n.messages}) outside JSF views. */
public final class Messages {

    public static final String BUNDLE = "vn.tdc.portal.i18n.messages";
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private Messages() {
    }

    public static String get(String key) {
        return ResourceBundle.getBundle(BUNDLE, VIETNAMESE).getString(key);
    }

    public static String format(String key, Object... arguments) {
        return new MessageFormat(get(key), VIETNAMESE).format(arguments);
    }
}
