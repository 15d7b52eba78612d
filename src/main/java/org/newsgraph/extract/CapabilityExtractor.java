package org.newsgraph.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.mention.Mention;

/**
 * What a model does, in canonical words: generation modes ("text-to-video", "turns text or still
 * images into clips" gives text-to-video and image-to-video, "video extension", "camera
 * control"), "native audio" ("synchronized sound"), resolutions ("1080p", "4K"), frame rates
 * ("24 fps") and the longest clip ("clips of up to 20 seconds" gives "clips up to 20 s"). Modes
 * that name a class of systems or a leaderboard ("text-to-video models", "the text-to-video
 * leaderboard") are not capabilities. The model is found by {@link ModelSubject}, else it is the
 * model in focus when the sentence names none. Out: {@code ng:capability} claims.
 */
public final class CapabilityExtractor implements Extractor {
    private static final int CASE = Pattern.CASE_INSENSITIVE;
    private static final Pattern MODE = Pattern.compile("\\b(text|image|video|audio|speech)[- ]to[- ](video|image|"
            + "audio|speech|3d)\\b(?!\\s+(?:leaderboards?|arenas?|category|categories|charts?|rankings?|models|"
            + "systems|tasks|benchmarks?|race|market|space|tools|generation|generators|field|sector|"
            + "rivals|players|startups|labs)\\b)(?![- ]\\w+ leaderboard)", CASE);
    private static final Pattern INTO_CLIPS = Pattern.compile("\\b(?:turns|converts|transforms|generates|creates|"
            + "produces|makes)\\s+(text|prompts|written prompts)(?:\\s+(?:or|and)\\s+(?:still\\s+)?(images|photos|"
            + "pictures))?\\s+into\\s+(?:[a-z-]+\\s+)?(?:clips|video|videos|footage)\\b", CASE);
    private static final Pattern FROM_PROMPTS = Pattern.compile("\\b(?:generates|creates|produces|makes)\\s+"
            + "(?:[\\w-]+\\s+){0,3}(?:video|videos|clips)\\s+from\\s+(?:natural[- ]language\\s+|text\\s+|written\\s+)?"
            + "(?:prompts|text|descriptions)\\b", CASE);
    private static final Pattern NAMED = Pattern.compile("\\b(video extension|camera[- ]control|native audio|"
            + "synchroni[sz]ed (?:sound|audio)|with (?:native )?(?:sound|audio)(?! tasks| category| chart))\\b", CASE);
    private static final Pattern RESOLUTION = Pattern.compile("\\b(480|576|720|1080|1440|2160)p\\b|\\b([2468])K\\b");
    private static final Pattern FRAME_RATE = Pattern.compile("\\b(\\d{2,3})\\s?(?:fps|frames per second)\\b", CASE);
    private static final Pattern DURATION = Pattern.compile("\\b(?:(?:clips?|videos?|clip lengths?|footage)\\s+"
            + "(?:of\\s+)?(?:up to|out to|as long as|lasting up to)|and up to|maximum (?:clip )?length[^.;]{0,40}?\\bto)\\s+("
            + Quantities.NUMBER + ")\\s+(seconds?|minutes?)\\b", CASE);

    @Override
    public void extract(SentenceContext ctx, Consumer<Claim> out) {
        for (Found f : found(ctx)) {
            String clause = ctx.text().substring(StatusCues.clauseStart(ctx, f.begin()),
                    StatusCues.clauseEnd(ctx, f.end()));
            if (StatusCues.negatedOrHypothetical(clause)) {
                continue;
            }
            Mention model = ModelSubject.of(ctx, f.begin());
            if (model == null && ctx.mentions(Kinds.MODEL).isEmpty()) {
                model = ctx.localTopic();
            }
            if (model != null) {
                boolean inSentence = ctx.mentions().contains(model);
                int from = inSentence ? Math.min(model.begin(), f.begin()) : f.begin();
                int to = inSentence ? Math.max(model.end(), f.end()) : f.end();
                out.accept(new ClaimFactory(ctx).claim(model, Relation.CAPABILITY,
                        new ClaimValue.TextValue(f.text(), "en"), from, to, "capability", inSentence ? 0.75 : 0.6));
            }
        }
    }

    /** A capability phrase and where it is written. */
    private record Found(int begin, int end, String text) { }

    private static List<Found> found(SentenceContext ctx) {
        List<Found> out = new ArrayList<>();
        modes(ctx, out);
        named(ctx, out);
        if (ctx.mentionsAny("second", "minute")) {
            durations(ctx.text(), ctx.sentence().begin(), ctx.sentence().end(), out);
        }
        return out;
    }

    private static void modes(SentenceContext ctx, List<Found> out) {
        String text = ctx.text();
        int b = ctx.sentence().begin();
        int e = ctx.sentence().end();
        Matcher m = MODE.matcher(text).region(b, e);
        while (ctx.mentionsAny("-to-", "text to", "image to", "video to", "audio to", "speech to") && m.find()) {
            out.add(new Found(m.start(), m.end(), lower(m.group(1)) + "-to-" + lower(m.group(2))));
        }
        m = INTO_CLIPS.matcher(text).region(b, e);
        while (ctx.mentionsAny(" into ") && m.find()) {
            out.add(new Found(m.start(), m.end(), "text-to-video"));
            if (m.group(2) != null) {
                out.add(new Found(m.start(), m.end(), "image-to-video"));
            }
        }
        m = FROM_PROMPTS.matcher(text).region(b, e);
        while (ctx.mentionsAny(" from ") && m.find()) {
            out.add(new Found(m.start(), m.end(), "text-to-video"));
        }
    }

    private static void named(SentenceContext ctx, List<Found> out) {
        String text = ctx.text();
        int b = ctx.sentence().begin();
        int e = ctx.sentence().end();
        Matcher m = NAMED.matcher(text).region(b, e);
        while (ctx.mentionsAny("extension", "camera", "audio", "sound") && m.find()) {
            String phrase = lower(m.group(1));
            String name = phrase.startsWith("video ext") ? "video extension"
                    : phrase.startsWith("camera") ? "camera control" : "native audio";
            out.add(new Found(m.start(), m.end(), name));
        }
        m = RESOLUTION.matcher(text).region(b, e);
        while (ctx.mentionsAny("0p", "6p", "2k", "4k", "6k", "8k") && m.find()) {
            out.add(new Found(m.start(), m.end(), m.group(1) != null ? m.group(1) + "p" : m.group(2) + "K"));
        }
        m = FRAME_RATE.matcher(text).region(b, e);
        while (ctx.mentionsAny("fps", "frames") && m.find()) {
            out.add(new Found(m.start(), m.end(), m.group(1) + " fps"));
        }
    }

    private static void durations(String text, int b, int e, List<Found> out) {
        Matcher m = DURATION.matcher(text).region(b, e);
        while (m.find()) {
            BigDecimal n = Quantities.value(m.group(1), null);
            if (n == null) {
                continue;
            }
            BigDecimal seconds = lower(m.group(2)).startsWith("min") ? n.multiply(BigDecimal.valueOf(60)) : n;
            if (seconds.stripTrailingZeros().scale() <= 0) {
                out.add(new Found(m.start(), m.end(), "clips up to " + seconds.stripTrailingZeros().toPlainString() + " s"));
            }
        }
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
