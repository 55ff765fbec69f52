package vn.tdc.knowledge.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Reads this module's Vietnamese resource bundle ({@code vn/tdc/knowledge/i18n/knowledge.properties}, UTF-8): the
 * assistant's answer sentences and the messages of rejected uploads. Keys are prefixed by area ({@code answer.},
 * {@code upload.}). Patterns with arguments follow {@link MessageFormat}; their arguments are passed as text, so
 * nothing is formatted by locale on the way.
 */
public final class KnowledgeMessages {

    public static final String BUNDLE = "vn.tdc.knowledge.i18n.knowledge";
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private static final ResourceBundle MESSAGES = ResourceBundle.getBundle(BUNDLE, VIETNAMESE,
            KnowledgeMessages.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES));

    private KnowledgeMessages() {
    }

    /** The message as written in the bundle (a message without arguments). */
    public static String get(String key) {
        return MESSAGES.getString(key);
    }

    /** Whether the bundle has this key (optional messages, such as one per report kind). */
    public static boolean contains(String key) {
        return MESSAGES.containsKey(key);
    }

    /** The message with its {@code {0}}, {@code {1}}… replaced by the arguments. */
    public static String format(String key, Object... arguments) {
        return new MessageFormat(get(key), VIETNAMESE).format(arguments);
    }
}
