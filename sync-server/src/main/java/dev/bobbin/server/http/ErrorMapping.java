package dev.bobbin.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.validation.ValidationException;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns every failure into problem+json, so no client ever sees HTML or a stack trace. */
final class ErrorMapping {
  private static final Logger log = LoggerFactory.getLogger(ErrorMapping.class);
  static final String INTERNAL_DETAIL =
      "Something went wrong on the server. It has been logged; please try again.";

  // Postgres refuses U+0000 in text: a client error, not a server one.
  private static final String NUL_IN_TEXT = "22021";

  private ErrorMapping() {}

  static void register(RoutesConfig routes, long maxBodyBytes) {
    routes.exception(
        ProblemException.class,
        (e, ctx) -> {
          e.headers().forEach(ctx::header);
          respond(ctx, e.toProblem());
        });
    // Javalin's own: unknown route (404), body over the size limit (413), BadRequestResponse…
    routes.exception(
        HttpResponseException.class,
        (e, ctx) -> respond(ctx, generic(e.getStatus(), detail(e, maxBodyBytes))));
    routes.exception(JsonProcessingException.class, (e, ctx) -> respond(ctx, jsonProblem(e)));
    routes.exception(
        ValidationException.class,
        (e, ctx) -> respond(ctx, generic(400, "Invalid parameters: " + e.getErrors().keySet())));
    routes.exception(
        java.sql.SQLException.class,
        (e, ctx) -> {
          if (NUL_IN_TEXT.equals(e.getSQLState())) {
            respond(ctx, invalidBody("Text must not contain the NUL character (\\u0000)."));
            return;
          }
          log.error("Database error in {} {}", ctx.method().name(), ctx.path(), e);
          respond(ctx, generic(500, INTERNAL_DETAIL));
        });
    routes.exception(
        Exception.class,
        (e, ctx) -> {
          log.error("Unhandled error in {} {}", ctx.method().name(), ctx.path(), e);
          respond(ctx, generic(500, INTERNAL_DETAIL));
        });
  }

  /** A body Jackson refused, naming the field when there is one; never echoes the value. */
  static Problem jsonProblem(JsonProcessingException e) {
    if (e instanceof UnrecognizedPropertyException unknown) {
      return invalidBody("Unknown field \"" + unknown.getPropertyName() + "\".");
    }
    if (e instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
      String field = path(mismatched);
      String expected =
          mismatched.getTargetType() == null
              ? "a different type"
              : typeName(mismatched.getTargetType(), e);
      return invalidBody("Field \"" + field + "\" must be " + expected + ".");
    }
    return generic(400, "Malformed JSON: " + e.getOriginalMessage());
  }

  private static Problem invalidBody(String detail) {
    return new Problem(Problem.TYPE_PREFIX + "invalid-body", "Invalid request body", 400, detail);
  }

  private static String path(JsonMappingException e) {
    return e.getPath().stream()
        .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining("."))
        .replace(".[", "[");
  }

  private static String typeName(Class<?> type, JsonProcessingException e) {
    if (type.isEnum()) {
      return "one of " + java.util.Arrays.toString(type.getEnumConstants());
    }
    if (type == String.class) {
      return "text";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
      return "a number";
    }
    if (e instanceof InvalidFormatException) {
      return "a valid " + type.getSimpleName();
    }
    return "a " + type.getSimpleName();
  }

  static Problem generic(int status, String detail) {
    // Jetty shortens 500's reason phrase to "Server Error"; clients expect RFC 9110's.
    String title =
        status == 500 ? "Internal Server Error" : HttpStatus.forStatus(status).getMessage();
    return new Problem(Problem.GENERIC_TYPE, title, status, detail);
  }

  private static String detail(HttpResponseException e, long maxBodyBytes) {
    if (e.getStatus() == 413) {
      return "The request body is larger than the server's limit of " + maxBodyBytes + " bytes.";
    }
    return e.getMessage();
  }

  private static void respond(Context ctx, Problem problem) {
    ctx.status(problem.status()).json(problem).contentType(Problem.CONTENT_TYPE);
  }
}
