export type { Feedback, FeedbackKind, FeedbackSource, FeedbackStatus, Kudos, KudosNews, Reply, Task, TaskKind, UnseenKudos } from './feedback.js'
export { FEEDBACK_KINDS, FEEDBACK_SOURCES, feedbackPath, hoursBetween, kudosFor, kudosNews, parseFeedbackSource, taskDueAt, tasksFor } from './feedback.js'
export type { FeedbackDeps, FeedbackFilter, FeedbackPort, FeedbackRepos, FeedbackRow, KudosPort, TaskRow, TasksPort } from './ports.js'
export { closeFeedback, completeTask, feedbackForm, giveKudos, markKudosSeen, newKudosFor, listFeedback, listTasks, replyToFeedback, submitFeedback, type FeedbackInput } from './feedback.service.js'
