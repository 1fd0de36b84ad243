import { Body1, Caption1, MessageBar, MessageBarBody, Subtitle2, Title2 } from "@fluentui/react-components";
import * as React from "react";
import { type Language, MATRIX_VERSION } from "../../domain";
import { PANE_TEXT } from "../paneText";
import { useWelcomeStyles } from "./useWelcomeStyles.styles";

export interface WelcomeProps {
  readonly language: Language;
  /** A failure to report, e.g. Excel refusing to load the add-in with the workbook. */
  readonly problem?: string;
}

/** What the add-in offers, until the full pane (issue 4) replaces it. */
export function Welcome({ language, problem }: WelcomeProps): React.JSX.Element {
  const text = PANE_TEXT[language];
  const styles = useWelcomeStyles();
  return (
    <main className={styles.root} lang={language}>
      <Title2 as="h1">{text.title}</Title2>
      {problem && (
        <MessageBar intent="error">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
      <Body1>{text.intro}</Body1>
      <MessageBar intent="info">
        <MessageBarBody>{text.indicative}</MessageBarBody>
      </MessageBar>
      <Subtitle2 as="h2">{text.functionsHeading}</Subtitle2>
      <ul className={styles.list}>
        {text.functions.map(({ formula, what }) => (
          <li key={formula} className={styles.item}>
            <code className={styles.formula}>{formula}</code>
            <Caption1>{what}</Caption1>
          </li>
        ))}
      </ul>
      <Subtitle2 as="h2">{text.comingHeading}</Subtitle2>
      <Body1>{text.coming}</Body1>
      <Caption1 className={styles.version}>{text.version(MATRIX_VERSION)}</Caption1>
    </main>
  );
}
