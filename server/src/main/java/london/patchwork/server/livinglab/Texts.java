package london.patchwork.server.livinglab;

import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * Short plausible texts for a plan, built from small word lists: names of people and assets, posts, threads,
 * guides, articles, events and replies. Plain text, no HTML, always under 500 characters.
 */
public final class Texts {

    private static final List<String> FIRST = List.of("Amara", "Olu", "Grace", "Ada", "Mo", "Priya", "Tomasz",
            "Fatima", "Kwame", "Siobhan", "Dev", "Chloe", "Yusuf", "Maria", "Jamal", "Eleni", "Sam", "Nadia",
            "Ben", "Aisha", "Ravi", "Lucy", "Kemi", "Joe", "Leila", "Tariq", "Rosa", "Femi", "Hannah", "Ahmed");
    private static final List<String> LAST = List.of("Okafor", "Patel", "Kowalski", "Hussain", "Mensah",
            "Murphy", "Shah", "Brown", "Ali", "Costa", "Adeyemi", "Taylor", "Nguyen", "Rahman", "Evans", "Osei",
            "Silva", "Khan", "Walsh", "Georgiou", "Begum", "Clarke", "Okoro", "Jones");
    private static final List<String> LOCAL = List.of("Canal Side", "Elm Road", "Old School", "St Mark's",
            "Riverside", "High Street", "Railway Arches", "Victoria", "Church Street", "Park View", "Marsh Lane",
            "Well Street", "Albion", "Windmill", "Chestnut Grove", "Market Row");
    private static final List<String> PLACES = List.of("Community Garden", "Library", "Community Centre",
            "Allotments", "Youth Club", "Church Hall", "Sports Hall", "Adventure Playground", "Market",
            "Makerspace", "Pocket Park", "Cafe");
    private static final List<String> ORGANISATIONS = List.of("Food Bank", "Tenants' Association",
            "Credit Union", "Residents' Association", "Mutual Aid", "Housing Co-op", "Community Trust");
    private static final List<String> GROUPS = List.of("Knitting Circle", "Running Club", "Repair Cafe",
            "Saturday Choir", "Book Club", "Litter Pickers", "Parents' Group", "Chess Club", "Walking Group");
    private static final List<String> SERVICES = List.of("Advice Centre", "Night Shelter", "Baby Bank",
            "Welfare Rights Clinic", "Men's Shed", "Lunch Club", "Homework Club");
    private static final List<String> SKILLS = List.of("Bike repair", "Sewing lessons", "Spanish conversation",
            "Help with CVs", "Carpentry", "Phone and laptop help", "Bread baking", "Gardening know-how");
    private static final List<String> THINGS = List.of("the litter pick", "the seed swap", "the soup lunch",
            "the repair cafe", "the coffee morning", "the quiz night", "the clothes swap", "the street party");
    private static final List<String> DAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday");
    private static final List<String> TOPICS = List.of("spare seedlings", "a working pram", "a room for a choir",
            "volunteers for the food bank", "a ladder to borrow", "help with a tenancy letter",
            "somewhere dry for the bike club", "someone who speaks Polish", "a van for Saturday");
    private static final List<String> SUBJECTS = List.of("winter warm spaces", "the new cycle lane",
            "the empty shop on the corner", "after-school clubs", "the park's opening hours",
            "sharing tools between streets", "the estate's community room", "food waste from the market");
    private static final List<String> HOW_TOS = List.of("book the community room", "start a street WhatsApp",
            "run a repair cafe", "apply for a small grant", "set up a seed library", "organise a litter pick",
            "find free legal advice", "get a bench put in");
    private static final List<String> CLOSINGS = List.of("Thank you all!", "See you there.",
            "Pass it on.", "All welcome.", "Drop me a line here.", "Bring a friend.");
    private static final List<String> REPLIES = List.of("Count me in.", "Thanks for sharing this.",
            "I can help on the day.", "Is it step-free?", "My neighbour might have one, I'll ask.",
            "Lovely, we came last time and it was great.", "What time does it finish?",
            "Can I bring the kids?", "Brilliant idea.", "I'll put it on the noticeboard at work.");

    private Texts() {
    }

    /** A person's display name. */
    public static String person(RandomGenerator random) {
        return pick(FIRST, random) + " " + pick(LAST, random);
    }

    /** A valid username for a display name: lower-case letters, digits and underscores. */
    public static String handle(String displayName) {
        String handle = displayName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_")
                .replaceAll("^_+|_+$", "");
        return handle.isEmpty() ? "member" : handle.substring(0, Math.min(24, handle.length()));
    }

    /** An asset's name, e.g. "Clapton Community Garden" or "Hackney Food Bank". */
    public static String asset(String kind, String area, RandomGenerator random) {
        String where = random.nextBoolean() ? area : pick(LOCAL, random);
        return switch (kind) {
            case "place" -> where + " " + pick(PLACES, random);
            case "organisation" -> random.nextInt(4) == 0 ? "Friends of " + pick(LOCAL, random) + " Park"
                    : where + " " + pick(ORGANISATIONS, random);
            case "group" -> where + " " + pick(GROUPS, random);
            case "service" -> where + " " + pick(SERVICES, random);
            default -> pick(SKILLS, random) + " with " + pick(FIRST, random);
        };
    }

    /** A member's public post. */
    public static String post(String area, RandomGenerator random) {
        return switch (random.nextInt(5)) {
            case 0 -> "Thanks to everyone who came to " + pick(THINGS, random) + " on " + pick(DAYS, random)
                    + ". " + pick(CLOSINGS, random);
            case 1 -> "Does anyone in " + area + " have " + pick(TOPICS, random) + "? " + pick(CLOSINGS, random);
            case 2 -> "Looking for " + pick(TOPICS, random) + " before " + pick(DAYS, random) + ".";
            case 3 -> "Good turnout for " + pick(THINGS, random) + " today. Next one soon. "
                    + pick(CLOSINGS, random);
            default -> "A reminder that " + pick(THINGS, random) + " is on again this " + pick(DAYS, random)
                    + ". " + pick(CLOSINGS, random);
        };
    }

    /** A title and a body that is about it. */
    public record Writing(String title, String body) {
    }

    /** A forum thread: a question about something local and a first message about the same thing. */
    public static Writing thread(String area, RandomGenerator random) {
        String subject = pick(SUBJECTS, random);
        String title = random.nextBoolean() ? "What should we do about " + subject + "?"
                : "Ideas for " + subject + " in " + area;
        return new Writing(title, "I've been talking to neighbours in " + area + " about " + subject
                + ". Some of us could meet at " + place(random) + " on " + pick(DAYS, random)
                + " to talk it through, and we are also after " + pick(TOPICS, random) + ". "
                + pick(CLOSINGS, random));
    }

    /** A how-to guide. */
    public static Writing guide(String area, RandomGenerator random) {
        String how = pick(HOW_TOS, random);
        return new Writing("How to " + how, "What worked for us in " + area + " when we wanted to " + how
                + ": ask at " + place(random) + " first, find two or three neighbours to share the work, and put"
                + " the date on the noticeboard early. Ask here if you get stuck.");
    }

    /** A blog article, the kind that starts a conversation in the forum. */
    public static Writing article(String area, RandomGenerator random) {
        String thing = pick(THINGS, random);
        String subject = pick(SUBJECTS, random);
        String title = switch (random.nextInt(3)) {
            case 0 -> "What we learnt from " + thing;
            case 1 -> area + " and " + subject;
            default -> "A year of " + thing + " in " + area;
        };
        return new Writing(title, "Since " + thing + " started at " + place(random) + ", more people in " + area
                + " have been asking about " + subject + ". Here is what we have heard so far, and what we could"
                + " try next. Tell us in the forum what you think. " + pick(CLOSINGS, random));
    }

    /** An event's title; a meetup is informal. */
    public static String event(boolean meetup, RandomGenerator random) {
        String thing = pick(THINGS, random);
        String title = Character.toUpperCase(thing.charAt(4)) + thing.substring(5);
        return meetup ? "Meetup: " + title.toLowerCase(Locale.ROOT) + " planning" : title;
    }

    /** A resident's reply. */
    public static String reply(RandomGenerator random) {
        return pick(REPLIES, random);
    }

    private static String place(RandomGenerator random) {
        return pick(LOCAL, random) + " " + pick(PLACES, random);
    }

    private static String pick(List<String> words, RandomGenerator random) {
        return words.get(random.nextInt(words.size()));
    }
}
