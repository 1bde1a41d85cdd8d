package dev.bobbin.server.ai;

import io.javalin.http.Context;

/** The body of an AI route; {@link AiModule} limits, times and logs it. */
@FunctionalInterface
public interface AiHandler {
  AiReply handle(Context ctx) throws Exception;
}
