package com.haevn.planreport;

/**
 * One item of the seed's change-control checklist and how far this pull request satisfies it.
 *
 * @param number the item's number in the seed's list
 * @param text   the item as the seed words it
 * @param status satisfied, pending (another check or person decides) or not satisfied
 * @param detail what was seen, in a sentence
 */
public record ChecklistItem(int number, String text, Status status, String detail) {

    public enum Status {
        SATISFIED("x", "satisfied"), PENDING(" ", "pending"), NOT_SATISFIED(" ", "not satisfied");

        private final String box;
        private final String word;

        Status(String box, String word) {
            this.box = box;
            this.word = word;
        }

        public String box() {
            return box;
        }

        public String word() {
            return word;
        }
    }
}
