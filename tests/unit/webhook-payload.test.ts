import { describe, expect, it } from "vitest";
import { videoEventPayload } from "@/lib/webhooks/video-event-payload";
import { subscribes } from "@/lib/webhooks/event-types";

// The bodies of API-CONTRACT.md, "Callbacks and webhooks": HeyGen's format plus `event`.
const video = {
  id: "vid_1",
  folderId: "fld_1",
  callbackId: "cb-9",
  callbackUrl: "https://hooks.example.com/cb",
  errorCode: null,
  errorMessage: null,
};
const urls = { video: "https://studio.test/v.mp4", gif: "https://studio.test/v.gif", caption: "https://studio.test/v.ass" };

describe("video event payloads", () => {
  it("success: event_type, event and every event_data field in HeyGen's order", () => {
    const body = videoEventPayload("avatar_video.success", video, urls);
    expect(JSON.stringify(body)).toBe(
      JSON.stringify({
        event_type: "avatar_video.success",
        event: "avatar_video.success",
        event_data: {
          video_id: "vid_1",
          url: urls.video,
          gif_download_url: urls.gif,
          video_share_page_url: null,
          caption_url: urls.caption,
          folder_id: "fld_1",
          callback_id: "cb-9",
          callback_url: "https://hooks.example.com/cb",
        },
      }),
    );
  });

  it("the GIF event carries the success body under its own type", () => {
    const body = videoEventPayload("avatar_video_gif.success", video, urls);
    expect(body.event_type).toBe("avatar_video_gif.success");
    expect(body.event).toBe("avatar_video_gif.success");
    expect(body.event_data).toEqual(videoEventPayload("avatar_video.success", video, urls).event_data);
  });

  it("video_share_page_url: the public page while sharing is on", () => {
    const sharePage = "https://studio.test/share/AAAAAAAAAAAAAAAAAAAAAA";
    expect(videoEventPayload("avatar_video.success", video, { ...urls, sharePage }).event_data).toMatchObject({
      video_share_page_url: sharePage,
    });
    expect(videoEventPayload("avatar_video.success", video, { ...urls, sharePage: null }).event_data).toMatchObject({
      video_share_page_url: null,
    });
  });

  it("fail: msg and code from the video's error", () => {
    const failed = { ...video, errorCode: "cancelled", errorMessage: "The video was cancelled." };
    expect(videoEventPayload("avatar_video.fail", failed, { video: null, gif: null, caption: null })).toEqual({
      event_type: "avatar_video.fail",
      event: "avatar_video.fail",
      event_data: {
        video_id: "vid_1",
        msg: "The video was cancelled.",
        code: "cancelled",
        callback_id: "cb-9",
        callback_url: "https://hooks.example.com/cb",
      },
    });
  });

  it("an endpoint with no events listed receives every type", () => {
    expect(subscribes([], "avatar_video_gif.success")).toBe(true);
    expect(subscribes(["avatar_video.fail"], "avatar_video.fail")).toBe(true);
    expect(subscribes(["avatar_video.fail"], "avatar_video.success")).toBe(false);
  });
});
