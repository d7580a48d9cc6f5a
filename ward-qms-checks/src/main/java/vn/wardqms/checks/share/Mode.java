package vn.wardqms.checks.share;

import java.util.Locale;
import java.util.Optional;

/** The three modes a Share form is shown in; a {@code for-mode} attribute names some of them. */
public enum Mode {
    VIEW, EDIT, CREATE;

    /** The mode a {@code for-mode} entry names: Share trims it and ignores case; anything else names no mode. */
    public static Optional<Mode> parse(String value) {
        String name = value.trim().toLowerCase(Locale.ROOT);
        for (Mode mode : values()) {
            if (mode.word().equals(name)) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }

    /** The word used in config files and in the output: view, edit, create. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
