package dev.nnet.syntax;

/** The escapes a string literal may use: \" \\ \n \t. */
final class StringEscapes {
    private StringEscapes() {
    }

    /** The value of a quoted literal; an unknown escape keeps its character (reported separately). */
    static String unquote(String quoted) {
        String body = quoted.substring(1, quoted.length() - 1);
        StringBuilder out = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '\\' || i + 1 >= body.length()) {
                out.append(c);
                continue;
            }
            char next = body.charAt(++i);
            out.append(switch (next) {
                case 'n' -> '\n';
                case 't' -> '\t';
                default -> next;
            });
        }
        return out.toString();
    }

    /** Index within the literal of the first escape that is not one of \" \\ \n \t, or -1. */
    static int firstBadEscape(String quoted) {
        for (int i = 1; i < quoted.length() - 1; i++) {
            if (quoted.charAt(i) == '\\') {
                char next = quoted.charAt(i + 1);
                if (next != '"' && next != '\\' && next != 'n' && next != 't') return i;
                i++;
            }
        }
        return -1;
    }
}
