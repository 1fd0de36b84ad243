import { Body1, Caption1, Switch } from "@fluentui/react-components";
import * as React from "react";
import { type Language, levelCode, messagesFor, printable } from "../../../domain";
import type { SelectedPost } from "../../../usecases/paneJobs.types";
import { LEVEL_COLOURS } from "../../../usecases/resultColumns";
import { LevelGrid } from "../../components/LevelGrid/LevelGrid";
import { FOLLOW_TEXT } from "../../text/followText";
import type { PaneFollow } from "../../usePaneFollow";
import { usePanelStyles } from "../usePanelStyles.styles";

export interface FollowPanelProps {
  readonly follow: PaneFollow;
  readonly language: Language;
  /** Following needs a recognised inventory. */
  readonly ready: boolean;
}

/** The switch that follows the selection, and the selected post with the descriptors it meets. */
export function FollowPanel({ follow, language, ready }: FollowPanelProps): React.JSX.Element {
  const text = FOLLOW_TEXT[language];
  const styles = usePanelStyles();
  return (
    <div className={styles.panel}>
      <Switch
        checked={follow.following}
        disabled={!ready && !follow.following}
        onChange={(_, data) => follow.setFollowing(data.checked)}
        label={text.follow}
      />
      <Caption1 className={styles.note}>{ready ? text.hint : text.needMapping}</Caption1>
      {follow.following && ready && <SelectedPostView post={follow.post} language={language} />}
    </div>
  );
}

function SelectedPostView({ post, language }: { post: SelectedPost | null | undefined; language: Language }): React.JSX.Element {
  const text = FOLLOW_TEXT[language];
  const styles = usePanelStyles();
  if (post === undefined) return <Body1 role="status">{text.waiting}</Body1>;
  if (post === null) return <Body1 role="status">{text.outside}</Body1>;
  const flagNames = messagesFor(language).flagName;
  const met = new Set(post.meets.map(({ criterion, level }) => `${criterion}${level}`));
  return (
    <div className={styles.panel}>
      <Body1 role="status">
        <strong>{text.row(post.row)}</strong>
        {post.postId !== "" && ` · ${text.postId} ${printable(post.postId)}`}
        {` · ${text.indicativeClass}: ${post.level === undefined ? text.noClass : levelCode(post.level)}`}
      </Body1>
      {post.flags.length > 0 && <Caption1>{`${text.flags}: ${post.flags.map((f) => flagNames[f]).join(", ")}`}</Caption1>}
      {post.problems.map((problem, i) => (
        <Caption1 key={i}>{problem}</Caption1>
      ))}
      <LevelGrid
        caption={text.grid}
        language={language}
        corner=""
        cell={(criterion, level) =>
          met.has(`${criterion}${level}`)
            ? { content: "●", spoken: text.met, fill: `#${LEVEL_COLOURS[level]}` }
            : { content: "", spoken: text.notMet }
        }
      />
    </div>
  );
}
