import { graphql } from '../../graphql/generated';

export const sessionQuery = graphql(`
  query Session {
    session {
      readingRequiresSignIn
      user {
        username
        role
      }
    }
  }
`);

export const signInMutation = graphql(`
  mutation SignIn($username: String!, $password: String!) {
    signIn(username: $username, password: $password) {
      readingRequiresSignIn
      user {
        username
        role
      }
    }
  }
`);

export const signOutMutation = graphql(`
  mutation SignOut {
    signOut {
      readingRequiresSignIn
      user {
        username
        role
      }
    }
  }
`);
