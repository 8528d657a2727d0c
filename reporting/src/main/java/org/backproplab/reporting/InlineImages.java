package org.backproplab.reporting;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Node;

/**
 * Replaces each image's file name by the file itself, as a {@code data:} URI, so that an HTML page carries its
 * figures and can be mailed, uploaded or opened from a zip without the folder it came from. A report whose image is
 * missing is refused, naming the file: a page with a broken figure is worse than no page.
 */
final class InlineImages {
    /** The formats a browser and the PDF renderer both show, by file extension. */
    private static final Map<String, String> TYPES = Map.of("png", "image/png", "jpg", "image/jpeg",
            "jpeg", "image/jpeg", "gif", "image/gif");

    private InlineImages() {
    }

    /** Inlines every image of {@code document}; their paths are relative to {@code folder}. */
    static void into(Node document, Path folder) throws IOException {
        List<Image> images = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                images.add(image);
            }
        });
        for (Image image : images) {
            image.setDestination(dataUri(image.getDestination(), folder));
        }
    }

    private static String dataUri(String destination, Path folder) throws IOException {
        if (hasScheme(destination)) {
            throw new IOException("image " + destination + " is not a file beside the report: a self-contained page"
                    + " cannot fetch it");
        }
        String name = destination.substring(destination.lastIndexOf('/') + 1);
        String type = TYPES.get(name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT));
        if (type == null) {
            throw new IOException("image " + destination + " is not one of " + TYPES.keySet());
        }
        Path file = folder.resolve(destination);
        try {
            return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new IOException("image " + destination + " is missing: no file " + file, e);
        }
    }

    /** http:, https:, file: and the like; a Windows drive letter would be one too, and is no relative path either. */
    private static boolean hasScheme(String destination) {
        try {
            return new URI(destination).getScheme() != null;
        } catch (URISyntaxException e) {
            // "my figure.png": not a URI, but a perfectly good relative file name.
            return false;
        }
    }
}
